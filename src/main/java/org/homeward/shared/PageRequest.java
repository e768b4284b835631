package org.homeward.shared;

/**
 * A validated page request. Pages count from 0; size is bounded so that no client can ask for a whole
 * table at once.
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        if (page < 0) {
            throw new InvalidParameterException("page", page, "a whole number from 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidParameterException("size", size, "a whole number from 1 to " + MAX_SIZE);
        }
    }

    public static PageRequest of(Integer page, Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
