package org.homeward.registry.web;

import java.util.List;
import java.util.UUID;
import org.homeward.registry.Consents.ConsentEvent;

/**
 * A member's consent on the household page: where each purpose stands today, the history of givings and
 * withdrawals, and the values and problems of the consent form when it was just submitted with errors.
 *
 * @param state per purpose (and partner, for sharing): {@code valid}, {@code withdrawn} or {@code none}
 */
record ConsentPanel(
        UUID personId,
        int position,
        String name,
        List<PurposeState> state,
        List<ConsentEvent> history,
        ConsentForm form,
        FormErrors errors) {

    record PurposeState(String purpose, String partner, String state) {}

    public boolean formInvalid() {
        return errors.any();
    }
}
