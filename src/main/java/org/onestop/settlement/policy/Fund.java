package org.onestop.settlement.policy;

/** A paying fund as the national platform codes it, e.g. 390100 城乡居民基本医疗保险统筹基金. */
public record Fund(String code, String name) {
}
