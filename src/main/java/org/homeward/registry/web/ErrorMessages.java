package org.homeward.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.homeward.shared.FieldError;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the registry's field problems into the reader's language. A problem's code picks the message
 * ({@code registry.error.<code>.<field>} if the field has its own wording, else {@code registry.error.<code>});
 * an unknown code falls back to the registry's English message, which never carries personal data.
 */
@Component
class ErrorMessages {

    private static final Pattern MEMBER_PATH =
            Pattern.compile("members\\[(\\d+)](?:\\.documents\\[(\\d+)])?(?:\\.(\\w+))?");

    private final MessageSource messages;

    ErrorMessages(MessageSource messages) {
        this.messages = messages;
    }

    FormErrors localise(List<FieldError> problems, Locale locale) {
        FormErrors errors = new FormErrors();
        for (FieldError problem : problems) {
            errors.add(problem.field(), where(problem, locale), message(problem, locale));
        }
        return errors;
    }

    String message(FieldError problem, Locale locale) {
        String specific = messages.getMessage(
                "registry.error." + problem.code() + "." + leaf(problem.field()), null, null, locale);
        if (specific != null) {
            return specific;
        }
        return messages.getMessage("registry.error." + problem.code(), null, problem.message(), locale);
    }

    /** Which field, as the summary names it: "Member 2 · Document 1 · Number". */
    String where(FieldError problem, Locale locale) {
        Matcher member = MEMBER_PATH.matcher(problem.field());
        if (!member.matches()) {
            return field(problem.field(), locale);
        }
        StringBuilder where = new StringBuilder(
                messages.getMessage("registry.form.member.number", new Object[] {memberNumber(member)}, locale));
        if (member.group(2) != null) {
            where.append(" · ")
                    .append(messages.getMessage(
                            "registry.form.document.number",
                            new Object[] {Integer.parseInt(member.group(2)) + 1},
                            locale));
        }
        String leaf = member.group(3) == null ? "names" : member.group(3);
        return where.append(" · ").append(field(leaf, locale)).toString();
    }

    private static int memberNumber(Matcher member) {
        return Integer.parseInt(member.group(1)) + 1;
    }

    private String field(String name, Locale locale) {
        return messages.getMessage("registry.field." + name, null, name, locale);
    }

    /** The last name of a path: {@code members[1].documents[0].number} → {@code number}. */
    static String leaf(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        int bracket = last.indexOf('[');
        return bracket < 0 ? last : last.substring(0, bracket);
    }
}
