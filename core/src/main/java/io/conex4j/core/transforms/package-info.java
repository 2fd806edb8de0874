/**
 * Image transforms applied to a dataset's samples before encoding, CoNeX's {@code helpers/filters.py} and
 * {@code helpers/transforms/misc.py}: {@link io.conex4j.core.transforms.Filters} (difference-of-Gaussians and
 * Gabor filters), {@link io.conex4j.core.transforms.Conv2dFilter} (convolution with a filter bank) and
 * {@link io.conex4j.core.transforms.SignPolarity} (the on/off split of signs), and CoNeX's grid masks
 * ({@code helpers/transforms/masks.py}): {@link io.conex4j.core.transforms.GridMask} (one view per grid cell with its
 * location), on
 * {@link io.conex4j.core.transforms.Image}s of {@code channels x height x width}.
 */
package io.conex4j.core.transforms;
