package org.onestop.settlement.settlement.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.parameters.RequestBody;

/** The contract's request body of an operation taking a claim: the claim examples of {@link ClaimExamples}. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@RequestBody(content = @Content(mediaType = "application/json", examples = {
    @ExampleObject(name = "amounts", summary = ClaimExamples.AMOUNTS_SUMMARY,
            description = ClaimExamples.AMOUNTS_DESCRIPTION, value = ClaimExamples.AMOUNTS),
    @ExampleObject(name = "items", summary = ClaimExamples.ITEMS_SUMMARY,
            description = ClaimExamples.ITEMS_DESCRIPTION, value = ClaimExamples.ITEMS)}))
@interface ClaimRequestBody {
}
