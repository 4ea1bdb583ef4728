package dev.shipshape.dsl;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The DSL's public API, every public and protected signature, against the reviewed listing in
 * {@code dsl/api/public-api.txt}: a change to the API fails here until the listing is approved
 * with {@value #APPROVE_COMMAND} (never when {@code CI} is set), so every API change shows in
 * review as a diff of that file.
 *
 * <p>The listing is built by reflection over the compiled classes and written in a form of its own
 * (sorted, types by canonical name, the DSL's package left out), so it is the same on every JDK.
 */
class PublicApiTest {

  static final String APPROVE_COMMAND = "./mvnw -B verify -Dshipshape.approve=true";
  private static final Path LISTING = Path.of("api", "public-api.txt");
  private static final String PACKAGE = App.class.getPackageName() + ".";

  @Test
  void publicApiIsTheReviewedListing() throws IOException {
    String actual = listing();
    if (approving()) {
      Files.createDirectories(LISTING.getParent());
      Files.writeString(LISTING, actual, StandardCharsets.UTF_8);
      return;
    }
    String approved = Files.exists(LISTING) ? Files.readString(LISTING, StandardCharsets.UTF_8) : "";
    if (!approved.equals(actual)) {
      fail("The DSL's public API differs from dsl/" + LISTING.toString().replace('\\', '/')
          + "; review the change and approve it with " + APPROVE_COMMAND + "\n"
          + difference(approved, actual));
    }
  }

  @Test
  void noGeneratedTypeIsPublic() throws IOException {
    List<String> generated = publicTypes().stream().map(Class::getSimpleName)
        .filter(name -> name.startsWith("Immutable")).toList();
    if (!generated.isEmpty()) {
      fail("generated types are public API: " + generated);
    }
  }

  private static boolean approving() {
    return Boolean.getBoolean("shipshape.approve") && System.getenv("CI") == null;
  }

  /** The listing: each public type's declaration, then its members indented, types sorted by name. */
  static String listing() throws IOException {
    StringBuilder text = new StringBuilder();
    for (Class<?> type : publicTypes()) {
      text.append(declaration(type)).append('\n');
      for (String member : members(type)) {
        text.append("  ").append(member).append('\n');
      }
    }
    return text.toString();
  }

  /** Every type of the DSL's package that code outside it can name, sorted by canonical name. */
  private static List<Class<?>> publicTypes() throws IOException {
    Path classes = classesDirectory().resolve(PACKAGE.replace('.', '/'));
    try (Stream<Path> files = Files.list(classes)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".class"))
          .<Class<?>>map(name -> load(PACKAGE + name.substring(0, name.length() - ".class".length())))
          .filter(PublicApiTest::visibleOutside)
          .sorted((a, b) -> a.getCanonicalName().compareTo(b.getCanonicalName()))
          .toList();
    }
  }

  private static Path classesDirectory() {
    try {
      return Path.of(App.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Class<?> load(String binaryName) {
    try {
      return Class.forName(binaryName, false, PublicApiTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Public, or protected in a type that is itself visible, all the way out; never anonymous or local. */
  private static boolean visibleOutside(Class<?> type) {
    if (type.isAnonymousClass() || type.isLocalClass() || type.isSynthetic()) {
      return false;
    }
    int modifiers = type.getModifiers();
    boolean visible = Modifier.isPublic(modifiers)
        || Modifier.isProtected(modifiers) && type.getEnclosingClass() != null;
    return visible && (type.getEnclosingClass() == null || visibleOutside(type.getEnclosingClass()));
  }

  private static String declaration(Class<?> type) {
    List<String> words = new ArrayList<>();
    int modifiers = type.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC);
    if (!type.isInterface() && !type.isEnum() && !type.isRecord()) {
      modifiers |= type.getModifiers() & (Modifier.ABSTRACT | Modifier.FINAL);
    }
    words.add(Modifier.toString(modifiers));
    if (type.isSealed()) {
      words.add("sealed");
    }
    words.add(type.isAnnotation() ? "@interface" : type.isInterface() ? "interface"
        : type.isEnum() ? "enum" : type.isRecord() ? "record" : "class");
    words.add(name(type) + typeParameters(type.getTypeParameters()).stripTrailing());
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && superclass != Record.class
        && !(type.isEnum() && type.getSuperclass() == Enum.class)) {
      words.add("extends " + name(superclass));
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0 && !type.isAnnotation()) {
      words.add((type.isInterface() ? "extends " : "implements ") + names(interfaces));
    }
    if (type.isSealed()) {
      words.add("permits " + Arrays.stream(type.getPermittedSubclasses()).map(PublicApiTest::name)
          .sorted().collect(Collectors.joining(", ")));
    }
    return words.stream().filter(word -> !word.isEmpty()).collect(Collectors.joining(" "));
  }

  private static Set<String> members(Class<?> type) {
    Set<String> members = new TreeSet<>();
    for (Field field : type.getDeclaredFields()) {
      if (visible(field.getModifiers()) && !field.isSynthetic()) {
        members.add(modifiers(field.getModifiers()) + name(field.getGenericType()) + " " + field.getName());
      }
    }
    for (Constructor<?> constructor : type.getDeclaredConstructors()) {
      if (visible(constructor.getModifiers()) && !constructor.isSynthetic()) {
        members.add(modifiers(constructor.getModifiers()) + typeParameters(constructor.getTypeParameters())
            + type.getSimpleName() + parameters(constructor));
      }
    }
    for (Method method : type.getDeclaredMethods()) {
      if (visible(method.getModifiers()) && !method.isSynthetic() && !method.isBridge()) {
        members.add(modifiers(method.getModifiers()) + (method.isDefault() ? "default " : "")
            + typeParameters(method.getTypeParameters()) + name(method.getGenericReturnType()) + " "
            + method.getName() + parameters(method));
      }
    }
    return members;
  }

  private static boolean visible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private static String modifiers(int modifiers) {
    String words = Modifier.toString(modifiers & (Modifier.PUBLIC | Modifier.PROTECTED
        | Modifier.STATIC | Modifier.ABSTRACT | Modifier.FINAL));
    return words.isEmpty() ? "" : words + " ";
  }

  private static String parameters(Executable executable) {
    Type[] types = executable.getGenericParameterTypes();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < types.length; i++) {
      String name = name(types[i]);
      names.add(executable.isVarArgs() && i == types.length - 1
          ? name.substring(0, name.length() - "[]".length()) + "..." : name);
    }
    String throwing = executable.getGenericExceptionTypes().length == 0 ? ""
        : " throws " + names(executable.getGenericExceptionTypes());
    return "(" + String.join(", ", names) + ")" + throwing;
  }

  private static String typeParameters(TypeVariable<?>[] variables) {
    if (variables.length == 0) {
      return "";
    }
    return Arrays.stream(variables).map(variable -> {
      List<Type> bounds = Arrays.stream(variable.getBounds()).filter(bound -> bound != Object.class).toList();
      return variable.getName() + (bounds.isEmpty() ? "" : " extends " + names(bounds.toArray(Type[]::new)));
    }).collect(Collectors.joining(", ", "<", ">")) + " ";
  }

  private static String names(Type[] types) {
    return Arrays.stream(types).map(PublicApiTest::name).collect(Collectors.joining(", "));
  }

  /** A type as source code writes it: canonical names, the DSL's package left out. */
  private static String name(Type type) {
    if (type instanceof Class<?> plain) {
      if (plain.isArray()) {
        return name(plain.getComponentType()) + "[]";
      }
      String canonical = plain.getCanonicalName();
      return canonical.startsWith(PACKAGE) ? canonical.substring(PACKAGE.length()) : canonical;
    }
    if (type instanceof ParameterizedType parameterized) {
      return name(parameterized.getRawType()) + "<" + names(parameterized.getActualTypeArguments()) + ">";
    }
    if (type instanceof GenericArrayType array) {
      return name(array.getGenericComponentType()) + "[]";
    }
    if (type instanceof WildcardType wildcard) {
      if (wildcard.getLowerBounds().length > 0) {
        return "? super " + names(wildcard.getLowerBounds());
      }
      List<Type> upper = Arrays.stream(wildcard.getUpperBounds()).filter(bound -> bound != Object.class).toList();
      return upper.isEmpty() ? "?" : "? extends " + names(upper.toArray(Type[]::new));
    }
    return type.getTypeName();
  }

  /** The lines only one side has, each marked {@code -} (approved) or {@code +} (now), with their type. */
  private static String difference(String approved, String actual) {
    Set<String> before = qualified(approved);
    Set<String> after = qualified(actual);
    StringBuilder text = new StringBuilder();
    before.stream().filter(line -> !after.contains(line)).forEach(line -> text.append("- ").append(line).append('\n'));
    after.stream().filter(line -> !before.contains(line)).forEach(line -> text.append("+ ").append(line).append('\n'));
    return text.toString();
  }

  /** Each line of a listing, a member prefixed with the declaration of its type. */
  private static Set<String> qualified(String listing) {
    Set<String> lines = new TreeSet<>();
    String type = "";
    for (String line : listing.lines().toList()) {
      if (line.startsWith("  ")) {
        lines.add(type + " { " + line.strip() + " }");
      } else {
        type = line;
        lines.add(line);
      }
    }
    return lines;
  }
}
