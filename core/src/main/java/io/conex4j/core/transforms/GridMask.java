package io.conex4j.core.transforms;

import io.conex4j.core.data.ImageDataset;
import io.conex4j.core.runtime.Check;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Cuts an image into a grid of {@code rows x cols} cells (each {@code ceil(height / rows) x ceil(width / cols)}
 * pixels, the last row and column of cells clipped by the image's edge) and makes one view per cell: the image with
 * that cell erased ({@link #erase}), only that cell kept ({@link #keep}), or that cell cut out ({@link #crop}, a
 * {@code channels x cellHeight x cellWidth} image, zero where the cell reaches past the edge). Each view comes with
 * its location, a {@code rows x cols} map: 1 for the cell a keep or crop view shows, 0 for the one an erase view
 * hides, the rest the other way round. These are CoNeX's {@code GridKeepMask}, {@code GridEraseMask} and
 * {@code GridCropMask}; {@link #over} and {@link #locations} give a dataset input for the sensory and one for the
 * location population (see {@code DatasetInput.Builder.scheduleOf}).
 */
public final class GridMask {

    private enum Kind { ERASE, KEEP, CROP }

    private final Kind kind;
    private final int rows;
    private final int cols;
    private final boolean shuffled;
    private final long seed;

    private GridMask(Kind kind, int rows, int cols, boolean shuffled, long seed) {
        this.kind = kind;
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("GridMask: a grid of " + rows + " x " + cols + " cells; allowed: rows "
                    + ">= 1 and cols >= 1");
        }
        this.rows = rows;
        this.cols = cols;
        Check.arrayLength("GridMask", "rows x cols = " + rows + " x " + cols + " cells", Check.product(rows, cols));
        this.shuffled = shuffled;
        this.seed = seed;
    }

    /** Views with one cell set to 0 each (CoNeX's {@code GridEraseMask}). */
    public static GridMask erase(int rows, int cols) {
        return new GridMask(Kind.ERASE, rows, cols, false, 0);
    }

    /** Views with all but one cell set to 0 each (CoNeX's {@code GridKeepMask}). */
    public static GridMask keep(int rows, int cols) {
        return new GridMask(Kind.KEEP, rows, cols, false, 0);
    }

    /** Views of one cell each, cut out (CoNeX's {@code GridCropMask}). */
    public static GridMask crop(int rows, int cols) {
        return new GridMask(Kind.CROP, rows, cols, false, 0);
    }

    /**
     * The same mask with the cells of every image in a random order (CoNeX's {@code random=True}): the order of
     * image {@code k} depends only on {@code seed} and {@code k}, so any view can be read on its own.
     */
    public GridMask shuffled(long seed) {
        return new GridMask(kind, rows, cols, true, seed);
    }

    /** The number of views per image, {@code rows * cols}. */
    public int cells() {
        return rows * cols;
    }

    /**
     * View {@code view} of {@code image}, {@code view} in {@code [0, cells())}; cells count row by row unless
     * {@link #shuffled}, for which {@code imageIndex} picks the order.
     *
     * @throws IllegalArgumentException if the view is out of range or the grid has more rows or columns than the
     *         image has pixels
     */
    public Image view(Image image, int imageIndex, int view) {
        if (image == null) {
            throw new IllegalArgumentException("GridMask: view needs an image, not null");
        }
        checkFits(image.height(), image.width());
        int cell = cell(imageIndex, view);
        int cellH = ceilDiv(image.height(), rows);
        int cellW = ceilDiv(image.width(), cols);
        int y0 = (cell / cols) * cellH;
        int x0 = (cell % cols) * cellW;
        int c = image.channels();
        if (kind == Kind.CROP) {
            float[] out = new float[c * cellH * cellW];
            for (int ch = 0; ch < c; ch++) {
                for (int y = 0; y < cellH && y0 + y < image.height(); y++) {
                    for (int x = 0; x < cellW && x0 + x < image.width(); x++) {
                        out[(ch * cellH + y) * cellW + x] = image.at(ch, y0 + y, x0 + x);
                    }
                }
            }
            return new Image(c, cellH, cellW, out);
        }
        float[] out = kind == Kind.ERASE ? image.pixels().clone() : new float[image.size()];
        for (int ch = 0; ch < c; ch++) {
            for (int y = y0; y < Math.min(y0 + cellH, image.height()); y++) {
                for (int x = x0; x < Math.min(x0 + cellW, image.width()); x++) {
                    int i = (ch * image.height() + y) * image.width() + x;
                    out[i] = kind == Kind.ERASE ? 0f : image.pixels()[i];
                }
            }
        }
        return new Image(c, image.height(), image.width(), out);
    }

    /** The {@code rows x cols} location map of view {@code view} of image {@code imageIndex} (values 0 and 1). */
    public float[] location(int imageIndex, int view) {
        int cell = cell(imageIndex, view);
        float[] map = new float[cells()];
        if (kind == Kind.ERASE) {
            Arrays.fill(map, 1f);
            map[cell] = 0f;
        } else {
            map[cell] = 1f;
        }
        return map;
    }

    /**
     * Every view of every image of {@code source} (read as {@code channels x height x width}), image by image:
     * sample {@code k} is view {@code k % cells()} of image {@code k / cells()}, with that image's label.
     *
     * @throws IllegalArgumentException if the shape is bad, the grid does not fit it, or there would be more than
     *         {@code Integer.MAX_VALUE} samples
     */
    public ImageDataset over(ImageDataset source, int channels, int height, int width) {
        int size = sizeOver(source);
        Image.checkShape(channels, height, width);
        checkFits(height, width);
        int n = cells();
        return ImageDataset.of(size, k -> {
            Image in;
            try {
                in = new Image(channels, height, width, source.image(k / n));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("GridMask: sample " + k / n + ": " + e.getMessage(), e);
            }
            return view(in, k / n, k % n).pixels();
        }, k -> source.label(k / n));
    }

    /** The location maps of {@link #over}, sample for sample ({@code rows * cols} values each, labels as over). */
    public ImageDataset locations(ImageDataset source) {
        int size = sizeOver(source);
        int n = cells();
        return ImageDataset.of(size, k -> location(k / n, k % n), k -> source.label(k / n));
    }

    private int sizeOver(ImageDataset source) {
        if (source == null) {
            throw new IllegalArgumentException("GridMask: over needs a dataset, not null");
        }
        long size = (long) source.size() * cells();
        if (size > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("GridMask: " + source.size() + " images x " + cells() + " cells = "
                    + size + " samples; allowed: at most " + Integer.MAX_VALUE);
        }
        return (int) size;
    }

    /** Every cell must hold pixels: the last row (column) of cells starts inside the image. */
    private void checkFits(int height, int width) {
        if ((long) (rows - 1) * ceilDiv(height, rows) >= height || (long) (cols - 1) * ceilDiv(width, cols) >= width) {
            throw new IllegalArgumentException("GridMask: a grid of " + rows + " x " + cols + " cells of "
                    + ceilDiv(height, rows) + " x " + ceilDiv(width, cols) + " pixels leaves cells outside an image of "
                    + height + " x " + width + " pixels; allowed: (rows - 1) * ceil(height / rows) < height, the "
                    + "same for cols and width");
        }
    }

    private int cell(int imageIndex, int view) {
        int n = cells();
        if (view < 0 || view >= n) {
            throw new IllegalArgumentException("GridMask: view " + view + " is outside [0, " + n + ") (rows x cols)");
        }
        if (!shuffled) {
            return view;
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (imageIndex + 1L)));
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order[view];
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
