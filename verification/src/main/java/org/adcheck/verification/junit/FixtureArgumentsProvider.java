package org.adcheck.verification.junit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.adcheck.fixtures.Catalog;
import org.adcheck.fixtures.Fixture;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;
import org.junit.jupiter.params.support.ParameterDeclarations;

/** Supplies the fixtures selected by {@link FixtureSource}. */
final class FixtureArgumentsProvider implements ArgumentsProvider, AnnotationConsumer<FixtureSource> {

    private FixtureSource source;

    @Override
    public void accept(FixtureSource annotation) {
        this.source = annotation;
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context) {
        Catalog catalog = source.directory().isEmpty() ? Catalog.bundled() : Catalog.load(Path.of(source.directory()));
        if (source.tags().length > 0) {
            catalog = catalog.withTags(Set.of(source.tags()));
        }
        List<Fixture> selected = new ArrayList<>();
        for (Fixture f : catalog.fixtures()) {
            if (source.names().length == 0 || List.of(source.names()).contains(f.name())) {
                selected.add(f);
            }
        }
        for (String name : source.names()) {
            if (selected.stream().noneMatch(f -> f.name().equals(name))) {
                throw new IllegalArgumentException("@FixtureSource: no fixture named '" + name + "'");
            }
        }
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("@FixtureSource: no fixture matches tags " + List.of(source.tags()));
        }
        return selected.stream().map(f -> Arguments.of(Named.of(f.name(), f)));
    }
}
