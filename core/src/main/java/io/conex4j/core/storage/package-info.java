/**
 * How synapse weights are stored. {@link io.conex4j.core.storage.Weights} is either
 * {@link io.conex4j.core.storage.DenseWeights}, a row-major float32 tensor of rank 1 to 5 in CoNeX's shapes
 * (one-to-one, source x destination, Local2d and Conv2d), or {@link io.conex4j.core.storage.CscWeights}, a
 * true-sparse source x destination matrix in compressed sparse column form (scipy's and torch's layout) that
 * also keeps a row index for event-driven delivery. {@link io.conex4j.core.storage.CscBuilder} builds CSC
 * matrices from unordered entries, and {@link io.conex4j.core.storage.ConvGeometry} maps the flat indices of
 * 2-D convolutions and local connections. {@link io.conex4j.core.storage.Capacity} checks, before anything is
 * allocated, that a size fits one Java array and an allocation fits the free heap.
 */
package io.conex4j.core.storage;
