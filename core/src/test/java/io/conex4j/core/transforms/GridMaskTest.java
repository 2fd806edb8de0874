package io.conex4j.core.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.testutil.Property;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Grid views against a direct reading of each cell, their locations, the shuffled order and bad input. */
class GridMaskTest {

    private static Image randomImage(java.util.SplittableRandom rnd, int c, int h, int w) {
        float[] px = new float[c * h * w];
        for (int i = 0; i < px.length; i++) {
            px[i] = 0.01f + rnd.nextFloat();                 // never 0, so erased and kept pixels are told apart
        }
        return new Image(c, h, w, px);
    }

    private static boolean inCell(int y, int x, int cell, int cols, int cellH, int cellW) {
        return y / cellH == cell / cols && x / cellW == cell % cols;
    }

    @Test
    void eraseZeroesExactlyItsCellAndKeepKeepsExactlyItsCell() {
        Property.forAll("erase = image outside the cell, 0 inside; keep = the complement; location marks the cell",
                100, rnd -> {
            int c = 1 + rnd.nextInt(3);
            int h = 1 + rnd.nextInt(12);
            int w = 1 + rnd.nextInt(12);
            int rows = 1 + rnd.nextInt(h);
            int cols = 1 + rnd.nextInt(w);
            int cellH = (h + rows - 1) / rows;
            int cellW = (w + cols - 1) / cols;
            if ((rows - 1) * cellH >= h || (cols - 1) * cellW >= w) {
                return;                                      // such grids are refused, see the bad-input test
            }
            Image img = randomImage(rnd, c, h, w);
            GridMask erase = GridMask.erase(rows, cols);
            GridMask keep = GridMask.keep(rows, cols);
            for (int cell = 0; cell < rows * cols; cell++) {
                Image e = erase.view(img, 0, cell);
                Image k = keep.view(img, 0, cell);
                for (int ch = 0; ch < c; ch++) {
                    for (int y = 0; y < h; y++) {
                        for (int x = 0; x < w; x++) {
                            boolean in = inCell(y, x, cell, cols, cellH, cellW);
                            assertEquals(in ? 0f : img.at(ch, y, x), e.at(ch, y, x));
                            assertEquals(in ? img.at(ch, y, x) : 0f, k.at(ch, y, x));
                        }
                    }
                }
                float[] le = erase.location(0, cell);
                float[] lk = keep.location(0, cell);
                for (int i = 0; i < rows * cols; i++) {
                    assertEquals(i == cell ? 0f : 1f, le[i]);
                    assertEquals(i == cell ? 1f : 0f, lk[i]);
                }
            }
        });
    }

    @Test
    void cropCutsTheCellOutAndPadsPastTheEdgeWithZeros() {
        float[] px = new float[5 * 5];
        for (int i = 0; i < px.length; i++) {
            px[i] = i + 1;
        }
        Image img = new Image(1, 5, 5, px);                  // cells of 3 x 3: the last row and column reach past
        GridMask crop = GridMask.crop(2, 2);
        assertArrayEquals(new float[] {1, 2, 3, 6, 7, 8, 11, 12, 13}, crop.view(img, 0, 0).pixels());
        assertArrayEquals(new float[] {4, 5, 0, 9, 10, 0, 14, 15, 0}, crop.view(img, 0, 1).pixels());
        assertArrayEquals(new float[] {19, 20, 0, 24, 25, 0, 0, 0, 0}, crop.view(img, 0, 3).pixels());
        assertArrayEquals(new float[] {0, 0, 0, 1}, crop.location(0, 3));
    }

    @Test
    void shuffledOrderIsAPermutationFixedBySeedAndImage() {
        Property.forAll("a shuffled grid shows every cell once per image, the same order for the same seed and image",
                100, rnd -> {
            int rows = 1 + rnd.nextInt(4);
            int cols = 1 + rnd.nextInt(4);
            long seed = rnd.nextLong();
            int image = rnd.nextInt(1000);
            GridMask a = GridMask.keep(rows, cols).shuffled(seed);
            GridMask b = GridMask.keep(rows, cols).shuffled(seed);
            boolean[] seen = new boolean[rows * cols];
            for (int v = 0; v < rows * cols; v++) {
                float[] loc = a.location(image, v);
                assertArrayEquals(loc, b.location(image, v));
                int cell = -1;
                for (int i = 0; i < loc.length; i++) {
                    if (loc[i] == 1f) {
                        cell = i;
                    }
                }
                assertTrue(!seen[cell], "cell " + cell + " shown twice");
                seen[cell] = true;
            }
        });
    }

    @Test
    void overGivesEveryViewOfEveryImageWithItsLabelAndLocation() {
        ImageDataset source = ImageDataset.of(new float[][] {{1, 2, 3, 4}, {5, 6, 7, 8}}, new int[] {3, 7});
        GridMask keep = GridMask.keep(1, 2);
        ImageDataset views = keep.over(source, 1, 2, 2);
        ImageDataset where = keep.locations(source);
        assertEquals(4, views.size());
        assertEquals(4, where.size());
        assertArrayEquals(new float[] {1, 0, 3, 0}, views.image(0));
        assertArrayEquals(new float[] {0, 6, 0, 8}, views.image(3));
        assertArrayEquals(new float[] {0, 1}, where.image(3));
        assertEquals(3, views.label(1));
        assertEquals(7, where.label(2));
    }

    @Test
    void badInputNamesTheValueAndWhatIsAllowed() {
        String m = assertThrows(IllegalArgumentException.class, () -> GridMask.erase(0, 2)).getMessage();
        assertTrue(m.contains("0 x 2") && m.contains("rows >= 1"), m);
        Image img = new Image(1, 4, 4, new float[16]);
        m = assertThrows(IllegalArgumentException.class, () -> GridMask.keep(3, 1).view(img, 0, 0)).getMessage();
        assertTrue(m.contains("3 x 1") && m.contains("4 x 4") && m.contains("allowed"), m);
        m = assertThrows(IllegalArgumentException.class, () -> GridMask.keep(2, 2).view(img, 0, 4)).getMessage();
        assertTrue(m.contains("view 4") && m.contains("[0, 4)"), m);
        m = assertThrows(IllegalArgumentException.class, () -> GridMask.keep(2, 2).view(null, 0, 0)).getMessage();
        assertTrue(m.contains("view needs an image") && m.contains("not null"), m);
        m = assertThrows(IllegalArgumentException.class, () -> GridMask.crop(2, 2).over(null, 1, 4, 4)).getMessage();
        assertTrue(m.contains("not null"), m);
        ImageDataset wrong = ImageDataset.of(new float[][] {new float[9]});
        m = assertThrows(IllegalArgumentException.class,
                () -> GridMask.crop(2, 2).over(wrong, 1, 4, 4).image(0)).getMessage();
        assertTrue(m.contains("sample 0") && m.contains("9 pixels"), m);
        assertTrue(Arrays.equals(new float[] {1, 1, 0, 1}, GridMask.erase(2, 2).location(5, 2)));
    }
}
