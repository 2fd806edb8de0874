package io.conex4j.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.conex4j.core.testutil.Property;
import org.junit.jupiter.api.Test;

/** The positions a ring or queue gives for consecutive iterations, from its table or without one. */
class RowCyclePropertiesTest {

    @Test
    void positionsAreEachIterationsRowTimesTheStrideForAnyDepthFirstIterationAndLength() {
        Property.forAll("row cycle positions are (iteration mod depth) x stride", rnd -> {
            int depth = rnd.nextInt(4) == 0 ? RowCycle.TABLE_DEPTH - 2 + rnd.nextInt(5) : 1 + rnd.nextInt(70);
            int stride = rnd.nextInt(3) == 0 ? 1 : rnd.nextInt(2000);
            long first = rnd.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
            int length = rnd.nextInt(depth + 3);
            RowCycle cycle = new RowCycle(depth, stride);
            int[] got = new int[length];
            cycle.positions(first, got);
            int[] want = new int[length];
            for (int d = 0; d < length; d++) {
                want[d] = (int) Math.floorMod(first + d, (long) depth) * stride;
            }
            assertArrayEquals(want, got, "depth " + depth + ", stride " + stride + ", first " + first);
            assertEquals(Math.floorMod(first, (long) depth), cycle.row(first));
        });
    }

    @Test
    void aRingAndAQueueGiveTheRowsAndSlotsOfTheIterationsFromTheFirstOn() {
        InputRing ring = new InputRing("ring", 5, 3);
        int[] rows = new int[4];
        ring.rowOffsets(-1, rows);
        assertArrayEquals(new int[] {10, 0, 5, 10}, rows);
        InputQueue queue = new InputQueue("queue", 5, 3);
        int[] slots = new int[4];
        queue.slots(4, slots);
        assertArrayEquals(new int[] {1, 2, 0, 1}, slots);
    }
}
