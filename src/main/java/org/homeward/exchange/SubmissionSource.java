package org.homeward.exchange;

import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Submissions read lazily from an export; {@link #next()} may throw {@link FileProblemException}. */
public interface SubmissionSource extends Iterator<Submission>, AutoCloseable {

    @Override
    void close();

    default Stream<Submission> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED), false);
    }
}
