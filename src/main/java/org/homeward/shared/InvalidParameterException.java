package org.homeward.shared;

/** A request parameter with a value the API cannot use; answered as 400 naming the parameter. */
public class InvalidParameterException extends RuntimeException {

    private final String parameter;
    private final String expected;

    public InvalidParameterException(String parameter, Object value, String expected) {
        super("Parameter '" + parameter + "' has value '" + value + "'; expected " + expected);
        this.parameter = parameter;
        this.expected = expected;
    }

    public String parameter() {
        return parameter;
    }

    public String expected() {
        return expected;
    }
}
