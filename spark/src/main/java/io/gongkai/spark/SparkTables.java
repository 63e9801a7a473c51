package io.gongkai.spark;

import io.gongkai.batch.Field;
import io.gongkai.batch.FieldType;
import io.gongkai.batch.TableSchema;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The batch tables' schemas as Spark SQL struct types: the same columns, in the same order. */
final class SparkTables {

    private SparkTables() {
    }

    static StructType structType(TableSchema table) {
        List<StructField> fields = new ArrayList<>();
        for (Field field : table.fields()) {
            fields.add(DataTypes.createStructField(field.name(), dataType(field.type()), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType dataType(FieldType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case DECIMAL -> DataTypes.createDecimalType(FieldType.DECIMAL_PRECISION, FieldType.DECIMAL_SCALE);
        };
    }
}
