package io.gongkai.server.config;

import io.gongkai.store.UserAccounts;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates the administrator {@code admin} when there are no users: with {@code gongkai.admin-password} when it is
 * set, else with a random password printed once to the console (never stored in clear).
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final GongkaiProperties properties;

    FirstAdministrator(UserAccounts accounts, PasswordEncoder encoder, GongkaiProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        String password = properties.adminPassword();
        boolean generated = password == null || password.isBlank();
        if (generated) {
            byte[] random = new byte[9];
            new SecureRandom().nextBytes(random);
            password = HexFormat.of().formatHex(random);
        }
        accounts.save("admin", encoder.encode(password), UserAccounts.Role.ADMIN, "管理员");
        if (generated) {
            LOG.warn("已创建管理员 admin，初始密码 / created the administrator admin with the password: {}", password);
        }
    }
}
