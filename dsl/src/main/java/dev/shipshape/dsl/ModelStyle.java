package dev.shipshape.dsl;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * How Immutables generates the model: implementations and their builders stay package-private, so
 * users only ever see the abstract model types and the hand-written builders that wrap the
 * generated ones.
 *
 * <p>{@code builder = "new"}: the generated builders are made with {@code new ImmutableX.Builder()},
 * so a model type can have a hand-written static {@code builder()} of its own (see
 * {@link Practices#builder()}).
 *
 * <p>{@code allowedClasspathAnnotations} lists one annotation the generated code never needs, which
 * switches off every annotation Immutables would otherwise copy from the classpath, above all its
 * own {@code org.immutables.value.Generated}: Immutables is a compile-time dependency only, so a
 * class-file reference to that annotation makes {@code javac -Xlint:all} warn in every user project
 * (an empty list would mean "allow all").
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    builder = "new",
    allowedClasspathAnnotations = Override.class,
    defaults = @Value.Immutable(copy = false))
@interface ModelStyle {}
