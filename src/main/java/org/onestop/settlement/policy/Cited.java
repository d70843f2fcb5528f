package org.onestop.settlement.policy;

/**
 * One policy value with the article it comes from, and whether it is an illustrative default that a deployment
 * replaces with its bureau's published figure (policies.md, preamble).
 */
public record Cited<T>(T value, String citation, boolean illustrative) {
}
