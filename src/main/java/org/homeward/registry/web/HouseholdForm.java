package org.homeward.registry.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The register and edit forms as typed, bound by Spring MVC from the form fields ({@code members[1].sex},
 * {@code members[0].documents[2].number}). Never a persistence type: {@link HouseholdForms} turns it into a
 * {@code HouseholdDraft} for the registry. {@code version} is the household's version when the edit form was
 * shown; {@code idempotencyKey} is generated once per registration form.
 */
class HouseholdForm {

    private String version;
    /** Shown in the edit form's heading only; never sent to the registry. */
    private String reference;

    private String idempotencyKey;
    private String displacementStatus;
    private String originPcode;
    private String currentCountry;
    private String currentLocality;
    private String currentPcode;
    private String currentSite;
    private String dateDisplaced;
    private String phone;
    private String notes;
    private boolean childHeaded;
    private List<MemberForm> members = new ArrayList<>();

    /** Drops what the browser never showed (gaps left by removed members) and document rows left empty. */
    void compact() {
        members.removeIf(member -> member == null || member.getShown() == null);
        for (MemberForm member : members) {
            member.getDocuments().removeIf(document -> document == null || document.isBlank());
            member.getSpecificNeeds().removeIf(Texts::isBlank);
        }
    }

    void addMember() {
        members.add(MemberForm.blank(null));
    }

    void removeMember(int index) {
        if (index >= 0 && index < members.size()) {
            members.remove(index);
        }
    }

    void addDocument(int memberIndex) {
        if (memberIndex >= 0 && memberIndex < members.size()) {
            members.get(memberIndex).getDocuments().add(new DocumentForm());
        }
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getDisplacementStatus() {
        return displacementStatus;
    }

    public void setDisplacementStatus(String displacementStatus) {
        this.displacementStatus = displacementStatus;
    }

    public String getOriginPcode() {
        return originPcode;
    }

    public void setOriginPcode(String originPcode) {
        this.originPcode = originPcode;
    }

    public String getCurrentCountry() {
        return currentCountry;
    }

    public void setCurrentCountry(String currentCountry) {
        this.currentCountry = currentCountry;
    }

    public String getCurrentLocality() {
        return currentLocality;
    }

    public void setCurrentLocality(String currentLocality) {
        this.currentLocality = currentLocality;
    }

    public String getCurrentPcode() {
        return currentPcode;
    }

    public void setCurrentPcode(String currentPcode) {
        this.currentPcode = currentPcode;
    }

    public String getCurrentSite() {
        return currentSite;
    }

    public void setCurrentSite(String currentSite) {
        this.currentSite = currentSite;
    }

    public String getDateDisplaced() {
        return dateDisplaced;
    }

    public void setDateDisplaced(String dateDisplaced) {
        this.dateDisplaced = dateDisplaced;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isChildHeaded() {
        return childHeaded;
    }

    public void setChildHeaded(boolean childHeaded) {
        this.childHeaded = childHeaded;
    }

    public List<MemberForm> getMembers() {
        return members;
    }

    public void setMembers(List<MemberForm> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }
}
