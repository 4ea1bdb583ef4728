package dev.shipshape.generator.tool;

import dev.shipshape.dsl.ManifestSource;
import dev.shipshape.dsl.Stack;
import dev.shipshape.generator.layout.Layouts;
import dev.shipshape.generator.layout.OutputLayout;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds the user's {@link ManifestSource}s and layouts on a class loader, for the Maven plugin and
 * the CLI: by class name, or through {@link ServiceLoader} when no names are given.
 *
 * <pre>{@code
 * List<Stack> stacks = Sources.define(loader, List.of("com.acme.Shop"));
 * }</pre>
 */
public final class Sources {

  private Sources() {}

  /** The stacks the named sources define (every source {@code ServiceLoader} finds when none are named). */
  public static List<Stack> define(ClassLoader loader, List<String> classNames) throws ToolException {
    List<ManifestSource> sources = classNames.isEmpty() ? discover(loader) : byName(loader, classNames);
    List<Stack> stacks = new ArrayList<>();
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      for (ManifestSource source : sources) {
        try {
          stacks.add(source.define());
        } catch (RuntimeException e) {
          throw new ToolException(source.getClass().getName() + ".define() failed: " + e, e);
        }
      }
    } finally {
      thread.setContextClassLoader(previous);
    }
    return stacks;
  }

  /** The built-in layout called {@code name}, or an instance of the {@link OutputLayout} class so named. */
  public static OutputLayout layout(ClassLoader loader, String name) throws ToolException {
    var builtIn = Layouts.named(name);
    if (builtIn.isPresent()) {
      return builtIn.get();
    }
    if (!name.contains(".")) {
      throw new ToolException("unknown layout '" + name + "'; use one of " + Layouts.NAMES
          + ", or the name of a class implementing " + OutputLayout.class.getName());
    }
    return instantiate(loader, name, OutputLayout.class);
  }

  private static List<ManifestSource> discover(ClassLoader loader) throws ToolException {
    List<ManifestSource> sources = new ArrayList<>();
    try {
      ServiceLoader.load(ManifestSource.class, loader).forEach(sources::add);
    } catch (ServiceConfigurationError e) {
      throw new ToolException("a ManifestSource listed in META-INF/services could not be loaded: "
          + e.getMessage(), e);
    }
    if (sources.isEmpty()) {
      throw new ToolException("no ManifestSource found: name your classes (Maven: <sources>, CLI: "
          + "the class names), or list them in META-INF/services/" + ManifestSource.class.getName());
    }
    sources.sort(java.util.Comparator.comparing(s -> s.getClass().getName()));
    return sources;
  }

  private static List<ManifestSource> byName(ClassLoader loader, List<String> names) throws ToolException {
    List<ManifestSource> sources = new ArrayList<>();
    for (String name : names) {
      sources.add(instantiate(loader, name.strip(), ManifestSource.class));
    }
    return sources;
  }

  private static <T> T instantiate(ClassLoader loader, String name, Class<T> type) throws ToolException {
    Class<?> found;
    try {
      found = Class.forName(name, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new ToolException("class " + name + " is not on the classpath (" + e + ")", e);
    }
    if (!type.isAssignableFrom(found)) {
      throw new ToolException("class " + name + " does not implement " + type.getName());
    }
    try {
      return type.cast(found.getConstructor().newInstance());
    } catch (NoSuchMethodException e) {
      throw new ToolException("class " + name + " needs a public no-argument constructor", e);
    } catch (InvocationTargetException e) {
      throw new ToolException("creating " + name + " failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new ToolException("cannot create " + name + ": " + e, e);
    }
  }
}
