package org.homeward.registry.web;

/** One identity document row of a member's fieldset, as typed. */
class DocumentForm {

    private String type;
    private String number;
    private String issuingCountry;

    /** A row with nothing typed or chosen: ignored, so that the always-present empty row costs nothing. */
    boolean isBlank() {
        return Texts.isBlank(type) && Texts.isBlank(number) && Texts.isBlank(issuingCountry);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getIssuingCountry() {
        return issuingCountry;
    }

    public void setIssuingCountry(String issuingCountry) {
        this.issuingCountry = issuingCountry;
    }
}
