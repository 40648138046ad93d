package com.workgate.auth.token.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;

/** Workgate's own token properties win; SmallRye JWT's and MicroProfile JWT's standard names are read otherwise. */
class TokenSettingsTest {

    private static TokenSettings with(Map<String, String> properties) {
        TokenSettings settings = new TokenSettings();
        settings.config = (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[]{Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue")) {
                        return Optional.ofNullable(properties.get((String) args[0]));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        settings.read();
        return settings;
    }

    @Test
    void defaultsWithoutAnyProperty() {
        TokenSettings settings = with(Map.of());
        assertEquals("workgate", settings.issuer());
        assertEquals("workgate", settings.audience());
        assertEquals(Duration.ofHours(1), settings.lifetime());
    }

    @Test
    void standardNamesApplyWhenWorkgatesOwnAreUnset() {
        TokenSettings settings = with(Map.of("smallrye.jwt.new-token.issuer", "https://workgate.example",
                "mp.jwt.verify.audiences", "integrations, other", "smallrye.jwt.new-token.lifespan", "900"));
        assertEquals("https://workgate.example", settings.issuer());
        assertEquals("integrations", settings.audience());
        assertEquals(Duration.ofMinutes(15), settings.lifetime());
    }

    @Test
    void workgatesOwnPropertiesWin() {
        TokenSettings settings = with(Map.of("workgate.token.issuer", "ours", "mp.jwt.verify.issuer", "theirs",
                "workgate.token.lifetime-seconds", "60", "smallrye.jwt.new-token.lifespan", "900"));
        assertEquals("ours", settings.issuer());
        assertEquals(Duration.ofMinutes(1), settings.lifetime());
    }
}
