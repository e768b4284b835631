package org.homeward.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.registry.HouseholdRequests.text;
import static org.homeward.registry.HouseholdRequests.uniqueArabicName;
import static org.homeward.registry.HouseholdRequests.uniqueLatinName;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.homeward.identity.Role;
import org.homeward.support.HttpApi;
import org.homeward.support.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Personal data never reaches the application log: the log of a whole working session (registration, read,
 * update, refused requests, name search, consent, deletion) holds none of the names, the phone or the document
 * number. Homeward's own loggers run at their most talkative, and so do the Spring MVC loggers that print request
 * and response bodies (at DEBUG, through the records' toString), which someone chasing a problem might turn on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RegistryLogsIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final List<Logger> talkative = Stream.of(
                    "org.homeward",
                    "org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor",
                    "org.springframework.web.servlet.mvc.method.annotation.HttpEntityMethodProcessor")
            .map(name -> (Logger) LoggerFactory.getLogger(name))
            .toList();
    private final Map<Logger, Level> levels = new HashMap<>();

    @BeforeEach
    void capture() {
        captured.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        captured.start();
        root.addAppender(captured);
        for (Logger logger : talkative) {
            levels.put(logger, logger.getLevel());
            logger.setLevel(Level.TRACE);
        }
    }

    @AfterEach
    void release() {
        talkative.forEach(logger -> logger.setLevel(levels.get(logger)));
        root.detachAppender(captured);
        captured.stop();
    }

    @Test
    void aWorkingSessionLogsNoNameNoPhoneAndNoDocumentNumber() {
        String family = uniqueLatinName();
        String arabic = uniqueArabicName();
        String renamed = uniqueLatinName();
        String misplaced = uniqueLatinName();
        HttpApi caseworker = TestUsers.of(context)
                .create(Role.CASEWORKER, "LOGS-ORG", Set.of())
                .tokenApi(port);
        ObjectNode request = RegistryAuditIT.withPhoneAndPassport(family);
        ((ObjectNode) request.get("members").get(0)).put("familyNameAr", arabic);

        HttpApi.Reply registered = caseworker.post("/api/v1/households", text(request));
        assertThat(registered.status()).isEqualTo(201);
        JsonNode stored = registered.json();
        String path = "/api/v1/households/" + stored.get("id").asString();
        String person = stored.at("/members/0/id").asString();
        caseworker.get(path);
        ObjectNode changed = (ObjectNode) stored.deepCopy();
        ((ObjectNode) changed.get("members").get(0)).put("givenNameLatin", renamed);
        assertThat(caseworker.put(path, text(changed), "If-Match", "\"0\"").status())
                .isEqualTo(200);
        assertThat(caseworker.put(path, text(changed), "If-Match", "\"0\"").status())
                .as("stale")
                .isEqualTo(412);
        ((ObjectNode) changed.get("members").get(1)).put("sex", misplaced);
        assertThat(caseworker.put(path, text(changed), "If-Match", "\"1\"").status())
                .as("invalid")
                .isEqualTo(400);
        ((ObjectNode) changed.get("members").get(1)).put("sex", "f").put("dateOfBirth", misplaced);
        assertThat(caseworker.put(path, text(changed), "If-Match", "\"1\"").status())
                .as("unreadable")
                .isEqualTo(400);
        assertThat(caseworker
                        .get("/api/v1/households?q=" + URLEncoder.encode(family, StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(200);
        caseworker.post(
                path + "/members/" + person + "/consents",
                "{\"purpose\":\"RETURN\",\"givenBy\":\"SELF\",\"date\":\"2024-01-01\",\"method\":\"VERBAL\"}");
        caseworker.send(caseworker
                .request(path, "Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("{\"reason\":\"test of the logs\"}")));

        String log = logText();
        for (String personal : List.of(family, arabic, renamed, misplaced, "Mohammad", "محمد")) {
            assertThat(log.contains(personal)).as("a name in the log").isFalse();
        }
        String digits = log.replaceAll("[ ()./+-]", "");
        assertThat(digits.contains("5321234567"))
                .as("the phone number in the log")
                .isFalse();
        assertThat(digits.contains(RegistryAuditIT.DOCUMENT))
                .as("the document number in the log")
                .isFalse();
    }

    /** Everything a log line can carry: message, arguments, exception messages and stack, MDC. */
    private String logText() {
        StringBuilder text = new StringBuilder();
        for (ILoggingEvent event : List.copyOf(captured.list)) {
            text.append(event.getFormattedMessage()).append('\n');
            if (event.getArgumentArray() != null) {
                for (Object argument : event.getArgumentArray()) {
                    text.append(argument).append('\n');
                }
            }
            if (event.getThrowableProxy() != null) {
                text.append(ThrowableProxyUtil.asString(event.getThrowableProxy()))
                        .append('\n');
            }
            text.append(event.getMDCPropertyMap()).append('\n');
        }
        return text.toString();
    }
}
