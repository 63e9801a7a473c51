package db.migration;

import io.gongkai.store.SearchGrams;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills the text search's index ({@code search_grams}, V5) for the reports stored before it existed: the unit name
 * and project names of each report, in the same way as an import writes them (Flyway finds Java migrations by this
 * package and class name).
 */
public class V6__Fill_search_grams extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<Long, List<String>> names = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT id, unit_name FROM reports ORDER BY id")) {
                while (rs.next()) {
                    names.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                }
            }
            try (ResultSet rs = statement.executeQuery("SELECT report_id, name FROM projects")) {
                while (rs.next()) {
                    List<String> reportNames = names.get(rs.getLong(1));
                    if (reportNames != null) {
                        reportNames.add(rs.getString(2));
                    }
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO search_grams (gram, report_id) VALUES (?, ?)")) {
            int pending = 0;
            for (Map.Entry<Long, List<String>> report : names.entrySet()) {
                for (String gram : SearchGrams.of(report.getValue())) {
                    insert.setString(1, gram);
                    insert.setLong(2, report.getKey());
                    insert.addBatch();
                    if (++pending % 5000 == 0) {
                        insert.executeBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
