package org.homeward.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The web bundle's messages in one language, read as Spring Boot reads them (UTF-8), for assertions. */
record WebMessages(Properties messages) {

    static WebMessages of(String language) {
        String resource = "i18n/web" + (language.equals("en") ? "" : "_" + language) + ".properties";
        Properties messages = new Properties();
        try (InputStream in = WebMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no " + resource + " on the classpath");
            }
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WebMessages(messages);
    }

    String get(String key) {
        String value = messages.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no message " + key);
        }
        return value;
    }

    /** The message with {0}, {1}, ... replaced, for the few messages with arguments. */
    String get(String key, Object... arguments) {
        String value = get(key);
        for (int i = 0; i < arguments.length; i++) {
            value = value.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return value;
    }
}
