/** Network-level behaviors: CoNeX's Payoff (100) and Dopamine (120), the reward signal of the RSTDP rules. */
package io.conex4j.core.behaviors.network;
