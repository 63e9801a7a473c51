package io.gongkai.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code gongkai serve} passes its options on to the server and refuses contradictory ones. */
class ServeCommandTest {

    @Test
    void optionsArePassedToTheServer() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs("--port", "9090", "--data", "d", "--demo", "--public");

        assertThat(serve.arguments()).containsExactly("--port", "9090", "--data", "d", "--demo", "--public");
    }

    @Test
    void theDefaultIsPort8080AndTheDefaultDataDirectory() {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs();

        assertThat(serve.arguments()).containsExactly("--port", "8080");
    }

    @Test
    void dataAndDbTogetherAreRefusedWithStatus2() {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new GongkaiCommand());
        line.setErr(new PrintWriter(err));

        int status = line.execute("serve", "--data", "d", "--db", "jdbc:postgresql://h/db");

        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--data").contains("not both");
    }
}
