package io.gongkai.server.config;

import io.gongkai.store.UserAccounts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may do what. Pages use a log-in form with CSRF protection; the REST API ({@code /api/**}) uses HTTP Basic and
 * keeps no session, so a browser's log-in cookie cannot be used against it (and it needs no CSRF token).
 * Roles: ADMIN, EDITOR (uploads and changes its own units), VIEWER (reads). With {@code gongkai.public-read} anyone
 * may read without logging in.
 */
@Configuration
class SecurityConfiguration {

    private static final String[] WRITE_ROLES = {"ADMIN", "EDITOR"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(UserAccounts accounts) {
        return username -> accounts.find(username)
                .map(a -> User.withUsername(a.username()).password(a.passwordHash()).roles(a.role().name())
                        .disabled(!a.enabled()).build())
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, GongkaiProperties properties) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/api/docs", "/api/docs/**", "/api/openapi", "/api/openapi/**",
                            "/api/swagger-ui/**")
                            .permitAll();
                    auth.requestMatchers(HttpMethod.POST, "/api/**").hasAnyRole(WRITE_ROLES);
                    if (properties.publicRead()) {
                        auth.requestMatchers(HttpMethod.GET, "/api/**").permitAll();
                    }
                    auth.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, GongkaiProperties properties) throws Exception {
        http.authorizeHttpRequests(auth -> {
            auth.requestMatchers("/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico")
                    .permitAll();
            auth.requestMatchers("/upload/**", "/author", "/author/**").hasAnyRole(WRITE_ROLES);
            auth.requestMatchers(HttpMethod.POST, "/**").hasAnyRole(WRITE_ROLES);
            if (properties.publicRead()) {
                auth.requestMatchers(HttpMethod.GET, "/**").permitAll();
            }
            auth.anyRequest().authenticated();
        })
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; "
                                + "img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
                                + "object-src 'none'; frame-ancestors 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .csrf(Customizer.withDefaults());
        return http.build();
    }
}
