package org.homeward.identity.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo profile ({@code homeward.demo.*}).
 *
 * @param password the demo accounts' password ({@code HOMEWARD_DEMO_PASSWORD}); blank: a random one per start
 */
@ConfigurationProperties("homeward.demo")
public record DemoProperties(String password) {

    @Override
    public String toString() {
        return "DemoProperties[password=" + (password == null || password.isBlank() ? "(random)" : "(set)") + "]";
    }
}
