package org.onestop.settlement.console.web;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import io.swagger.v3.oas.annotations.Hidden;

/** Gives every page of the console's controllers the stylesheet and the signed-in client ({@link ConsolePages}). */
@Hidden
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

    private final ConsolePages pages;

    ConsoleModel(ConsolePages pages) {
        this.pages = pages;
    }

    @ModelAttribute
    void common(Model model) {
        pages.addCommon(model);
    }
}
