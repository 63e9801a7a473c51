package io.gongkai.server;

import io.gongkai.store.UserAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port, with a fresh H2 database in a temporary directory (the samples load on
 * this first start), not in public-read mode, and a small upload limit so that the oversized case is quick. All
 * server tests extend this class so that they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "gongkai.admin-password=admin-secret",
    "spring.servlet.multipart.max-file-size=256KB",
    "spring.servlet.multipart.max-request-size=300KB"})
abstract class ServerTestBase {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-secret";
    static final String EDITOR = "editor";
    static final String VIEWER = "viewer";
    static final String PASSWORD = "test-password";

    static final String SEED_000 = "000_c275e096c8611f2e.txt";
    static final String SEED_001 = "001_2dc8c89a6b4bfa48.txt";
    static final String SEED_004 = "004_741ea1e83a699561.txt";

    private static final Path DATA = temporaryDirectory();

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        registry.add("gongkai.data", DATA::toString);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The editor and the viewer (the administrator exists from the first start). */
    void ensureUsers() {
        accounts.save(EDITOR, encoder.encode(PASSWORD), UserAccounts.Role.EDITOR, "编辑");
        accounts.save(VIEWER, encoder.encode(PASSWORD), UserAccounts.Role.VIEWER, "读者");
    }

    static byte[] seed(String name) {
        try (InputStream in = ServerTestBase.class.getResourceAsStream("/seeds/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A seed with a note appended: the same unit and year, but another file (a new version). */
    static byte[] revised(String name, String note) {
        return (new String(seed(name), StandardCharsets.UTF_8) + "\n" + note + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("gongkai-server-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multipart form body with one file field, {@code file}, as a browser's upload form sends it. */
    static HttpEntity<MultiValueMap<String, Object>> multipart(String name, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }
}
