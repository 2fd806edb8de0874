/**
 * The random draws of a network. Every draw goes through a {@link io.conex4j.core.random.RandomSource} in call
 * order, with CoNeX's draw kinds (uniform [0, 1), standard normal, distinct integers without replacement);
 * {@link io.conex4j.core.random.SeededRandom}, xoshiro256** seeded through SplitMix64, gives the same draws for
 * the same seed on every JVM and exposes its state so that a saved network continues exactly. Tests can
 * substitute a source that replays recorded draws.
 */
package io.conex4j.core.random;
