package org.homeward.registry.web;

import java.util.ArrayList;
import java.util.List;

/**
 * One member's fieldset, as typed: every value a string, so that what the caseworker typed comes back
 * unchanged when the form is shown again with its problems. {@code shown} is set by a hidden input in every
 * fieldset; an index the form never showed (a gap left by removing a member in the browser) stays null.
 */
class MemberForm {
    private String id;
    private String shown;
    private String relationship;
    private String sex;
    private String dateOfBirth;
    private String birthYear;
    private String ageAtRegistration;
    private String givenNameAr;
    private String fatherNameAr;
    private String grandfatherNameAr;
    private String familyNameAr;
    private String givenNameLatin;
    private String fatherNameLatin;
    private String grandfatherNameLatin;
    private String familyNameLatin;
    private String nationality;
    private List<String> specificNeeds = new ArrayList<>();
    private List<DocumentForm> documents = new ArrayList<>();

    static MemberForm blank(String relationship) {
        MemberForm member = new MemberForm();
        member.setShown("1");
        member.setRelationship(relationship);
        return member;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getShown() {
        return shown;
    }

    public void setShown(String shown) {
        this.shown = shown;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(String birthYear) {
        this.birthYear = birthYear;
    }

    public String getAgeAtRegistration() {
        return ageAtRegistration;
    }

    public void setAgeAtRegistration(String ageAtRegistration) {
        this.ageAtRegistration = ageAtRegistration;
    }

    public String getGivenNameAr() {
        return givenNameAr;
    }

    public void setGivenNameAr(String givenNameAr) {
        this.givenNameAr = givenNameAr;
    }

    public String getFatherNameAr() {
        return fatherNameAr;
    }

    public void setFatherNameAr(String fatherNameAr) {
        this.fatherNameAr = fatherNameAr;
    }

    public String getGrandfatherNameAr() {
        return grandfatherNameAr;
    }

    public void setGrandfatherNameAr(String grandfatherNameAr) {
        this.grandfatherNameAr = grandfatherNameAr;
    }

    public String getFamilyNameAr() {
        return familyNameAr;
    }

    public void setFamilyNameAr(String familyNameAr) {
        this.familyNameAr = familyNameAr;
    }

    public String getGivenNameLatin() {
        return givenNameLatin;
    }

    public void setGivenNameLatin(String givenNameLatin) {
        this.givenNameLatin = givenNameLatin;
    }

    public String getFatherNameLatin() {
        return fatherNameLatin;
    }

    public void setFatherNameLatin(String fatherNameLatin) {
        this.fatherNameLatin = fatherNameLatin;
    }

    public String getGrandfatherNameLatin() {
        return grandfatherNameLatin;
    }

    public void setGrandfatherNameLatin(String grandfatherNameLatin) {
        this.grandfatherNameLatin = grandfatherNameLatin;
    }

    public String getFamilyNameLatin() {
        return familyNameLatin;
    }

    public void setFamilyNameLatin(String familyNameLatin) {
        this.familyNameLatin = familyNameLatin;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public List<String> getSpecificNeeds() {
        return specificNeeds;
    }

    public void setSpecificNeeds(List<String> specificNeeds) {
        this.specificNeeds = specificNeeds == null ? new ArrayList<>() : specificNeeds;
    }

    public List<DocumentForm> getDocuments() {
        return documents;
    }

    public void setDocuments(List<DocumentForm> documents) {
        this.documents = documents == null ? new ArrayList<>() : documents;
    }
}
