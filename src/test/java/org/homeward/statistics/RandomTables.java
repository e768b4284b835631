package org.homeward.statistics;

import java.util.Random;
import java.util.stream.IntStream;

/** Random tables for disclosure-control tests, each rebuilt from its seed. */
public final class RandomTables {

    private RandomTables() {}

    /** 2-14 rows x 2-5 columns, counts skewed to the small: many zeros and many 1-4s. */
    public static Table table(long seed) {
        Random random = new Random(seed);
        int rows = 2 + random.nextInt(13);
        int columns = 2 + random.nextInt(4);
        int shape = random.nextInt(3); // 0 mostly small, 1 mixed, 2 mostly large with a few small
        long[][] cells = new long[rows][columns];
        for (long[] row : cells) {
            for (int c = 0; c < columns; c++) {
                row[c] = count(random, shape);
            }
        }
        return new Table(
                IntStream.range(0, rows).mapToObj(r -> "R" + r).toList(),
                IntStream.range(0, columns).mapToObj(c -> "C" + c).toList(),
                cells);
    }

    private static long count(Random random, int shape) {
        int draw = random.nextInt(100);
        return switch (shape) {
            case 0 -> draw < 35 ? 0 : draw < 80 ? 1 + random.nextInt(4) : 5 + random.nextInt(20);
            case 1 -> {
                if (draw < 25) {
                    yield 0;
                }
                if (draw < 55) {
                    yield 1 + random.nextInt(4);
                }
                yield draw < 85 ? 5 + random.nextInt(30) : 35 + random.nextInt(500);
            }
            default -> draw < 10 ? 0 : draw < 25 ? 1 + random.nextInt(4) : 5 + random.nextInt(2_000);
        };
    }
}
