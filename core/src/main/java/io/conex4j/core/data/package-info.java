/**
 * Datasets a dataset input presents: {@link io.conex4j.core.data.Dataset} (size and labels),
 * {@link io.conex4j.core.data.ImageDataset} (images that an encoder turns into spikes) and
 * {@link io.conex4j.core.data.SpikeDataset} (spike tensors shown as they are), with in-memory implementations;
 * the file readers in {@code io} ({@code Idx}, {@code MnistJson}) give image datasets.
 */
package io.conex4j.core.data;
