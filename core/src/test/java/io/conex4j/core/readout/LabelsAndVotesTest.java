package io.conex4j.core.readout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.conex4j.core.testutil.Property;
import org.junit.jupiter.api.Test;

/** Labelling by the highest mean response, voting by the highest mean count, the confusion matrix and its accuracy. */
class LabelsAndVotesTest {

    @Test
    void eachNeuronIsLabelledWithTheClassOfItsHighestMeanResponse() {
        Property.forAll("label = argmax over classes of sum / samples, lowest on a tie, NONE if silent", rnd -> {
            int neurons = 1 + rnd.nextInt(8);
            int classes = 1 + rnd.nextInt(5);
            ClassResponses cr = new ClassResponses(neurons, classes);
            int samples = rnd.nextInt(30);
            long[][] sums = new long[neurons][classes];
            long[] perClass = new long[classes];
            for (int s = 0; s < samples; s++) {
                int[] counts = new int[neurons];
                int label = rnd.nextInt(classes);
                for (int i = 0; i < neurons; i++) {
                    counts[i] = rnd.nextInt(4) == 0 ? rnd.nextInt(6) : 0;
                    sums[i][label] += counts[i];
                }
                perClass[label]++;
                cr.add(counts, label);
            }
            NeuronLabels labels = cr.labels();
            assertEquals(samples, cr.total());
            for (int i = 0; i < neurons; i++) {
                int expected = NeuronLabels.NONE;
                double best = 0;
                for (int c = 0; c < classes; c++) {
                    double mean = perClass[c] == 0 ? 0 : sums[i][c] / (double) perClass[c];
                    if (perClass[c] > 0 && mean > best) {
                        best = mean;
                        expected = c;
                    }
                    assertEquals(sums[i][c], cr.sum(i, c));
                }
                assertEquals(expected, labels.label(i), "neuron " + i);
            }
        });
    }

    @Test
    void aResponseIsClassifiedAsTheClassWhoseNeuronsFiredMostOnAverage() {
        Property.forAll("class = argmax of mean count per labelled class, lowest on a tie, NONE if no vote", rnd -> {
            int neurons = 1 + rnd.nextInt(10);
            int classes = 1 + rnd.nextInt(4);
            int[] l = new int[neurons];
            int[] counts = new int[neurons];
            for (int i = 0; i < neurons; i++) {
                l[i] = rnd.nextInt(classes + 1) - 1;
                counts[i] = rnd.nextInt(3) == 0 ? 0 : rnd.nextInt(5);
            }
            NeuronLabels labels = new NeuronLabels(l, classes);
            int expected = NeuronLabels.NONE;
            double best = 0;
            for (int c = 0; c < classes; c++) {
                long sum = 0;
                int members = 0;
                for (int i = 0; i < neurons; i++) {
                    if (l[i] == c) {
                        sum += counts[i];
                        members++;
                    }
                }
                assertEquals(members, labels.members(c));
                if (members > 0 && sum / (double) members > best) {
                    best = sum / (double) members;
                    expected = c;
                }
            }
            assertEquals(expected, labels.classify(counts));
            assertArrayEquals(l, labels.labels());
        });
    }

    @Test
    void aSmallClassWithFewStrongNeuronsBeatsALargeClassWithManyWeakOnes() {
        // class 0: 3 neurons (10, 0, 2) mean 4; class 1: one neuron with 5 spikes; neuron 4 unlabelled fires 100
        NeuronLabels labels = new NeuronLabels(new int[] {0, 0, 0, 1, NeuronLabels.NONE}, 2);
        assertEquals(1, labels.classify(new int[] {10, 0, 2, 5, 100}));
        assertEquals(0, labels.classify(new int[] {12, 0, 0, 4, 0}), "a tie of means goes to the lower class");
        assertEquals(NeuronLabels.NONE, labels.classify(new int[] {0, 0, 0, 0, 7}), "only unlabelled neurons fired");
    }

    @Test
    void theConfusionMatrixCountsPairsAndItsAccuracyIsTheDiagonalShare() {
        ConfusionMatrix m = new ConfusionMatrix(3);
        assertTrue(Double.isNaN(m.accuracy()));
        int[][] pairs = {{0, 0}, {0, 0}, {1, 2}, {2, 2}, {1, NeuronLabels.NONE}, {1, 1}};
        for (int[] p : pairs) {
            m.add(p[0], p[1]);
        }
        assertEquals(6, m.total());
        assertEquals(4, m.correct());
        assertEquals(4 / 6.0, m.accuracy(), 0.0);
        assertEquals(2, m.count(0, 0));
        assertEquals(1, m.count(1, 2));
        assertEquals(1, m.count(1, NeuronLabels.NONE));
        assertEquals(0, m.count(2, 1));
        assertEquals(String.join("\n",
                "true\\predicted    0    1    2 none",
                "0                 2    0    0    0",
                "1                 0    1    1    1",
                "2                 0    0    1    0",
                "accuracy 4 / 6 = 0.6667"), m.format());
    }

    @Test
    void theRunningAccuracyClassifiesEachBlockWithTheLabelsOfThePreviousOne() {
        RunningAccuracy run = new RunningAccuracy(2, 2, 2);
        // block 1: neuron 0 answers class 0, neuron 1 class 1; nothing classified yet
        assertEquals(NeuronLabels.NONE, run.add(new int[] {3, 0}, 0));
        assertEquals(NeuronLabels.NONE, run.add(new int[] {0, 2}, 1));
        assertTrue(Double.isNaN(run.accuracy()));
        assertArrayEquals(new int[] {0, 1}, run.labels().labels());
        // block 2: one right, one wrong (neuron 0 fires for a 1)
        assertEquals(0, run.add(new int[] {4, 0}, 0));
        assertEquals(0, run.add(new int[] {5, 1}, 1));
        assertEquals(0.5, run.accuracy(), 0.0);
        assertArrayEquals(new int[] {1, 1}, run.labels().labels(), "block 2: neuron 0 fired most for the 1");
        // block 3: both right; the window keeps the last 2 classified samples only
        assertEquals(1, run.add(new int[] {0, 3}, 1));
        assertEquals(1, run.add(new int[] {0, 1}, 1));
        assertEquals(1.0, run.accuracy(), 0.0);
    }

    @Test
    void badCountsLabelsAndSizesAreRefusedNamingTheValue() {
        ClassResponses cr = new ClassResponses(3, 2);
        assertEquals("ClassResponses: 2 counts for 3 neurons; give one count per neuron",
                assertThrows(IllegalArgumentException.class, () -> cr.add(new int[2], 0)).getMessage());
        assertEquals("ClassResponses: label 2 is outside the classes [0, 2)",
                assertThrows(IllegalArgumentException.class, () -> cr.add(new int[3], 2)).getMessage());
        assertEquals("ClassResponses: count -1 of neuron 1 is negative; spike counts are >= 0",
                assertThrows(IllegalArgumentException.class, () -> cr.add(new int[] {0, -1, 0}, 1)).getMessage());
        assertEquals(0, cr.total(), "refused responses add nothing");
        assertEquals("ClassResponses: neurons (0) and classes (2) must be >= 1",
                assertThrows(IllegalArgumentException.class, () -> new ClassResponses(0, 2)).getMessage());
        assertEquals("NeuronLabels: label 5 of neuron 0 is outside [0, 2) and not NONE (-1)",
                assertThrows(IllegalArgumentException.class, () -> new NeuronLabels(new int[] {5}, 2)).getMessage());
        assertEquals("NeuronLabels: 1 counts for 2 neurons; give one count per neuron",
                assertThrows(IllegalArgumentException.class,
                        () -> new NeuronLabels(new int[] {0, 1}, 2).classify(new int[1])).getMessage());
        ConfusionMatrix m = new ConfusionMatrix(2);
        assertEquals("ConfusionMatrix: actual class 2 is outside [0, 2)",
                assertThrows(IllegalArgumentException.class, () -> m.add(2, 0)).getMessage());
        assertEquals("ConfusionMatrix: predicted class -2 is outside [0, 2) and not NONE (-1)",
                assertThrows(IllegalArgumentException.class, () -> m.add(0, -2)).getMessage());
        assertEquals("ConfusionMatrix: classes (0) must be >= 1",
                assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix(0)).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ConfusionMatrix(100_000)).getMessage()
                .contains("100000 classes"), "ten billion counts do not fit one array");
        assertEquals("RunningAccuracy: window (0) must be >= 1 sample",
                assertThrows(IllegalArgumentException.class, () -> new RunningAccuracy(2, 2, 0)).getMessage());
    }
}
