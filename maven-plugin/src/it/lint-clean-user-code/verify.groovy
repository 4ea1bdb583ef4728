// Runs after both builds of invoker.properties; build.log holds both, in order.
def log = new File(basedir, 'build.log').text
def canary = log.indexOf('RawList.java')
assert canary > 0 : 'the canary build did not compile the raw type'
def first = log.substring(0, canary)

// Build 1: javac did not even mention Immutables or the user code, and both stacks rendered.
assert !first.contains('org.immutables') : 'javac read a reference to Immutables in the DSL classes'
assert !(first =~ /\[(WARNING|ERROR)\] \/.*\.java:\[\d+,\d+\]/) : 'javac reported on the user code'
assert first.contains('shipshape generate: 2 stacks')
['prod/shop/web/deployment.yaml', 'prod/shop/db/statefulset.yaml', 'meshed-shop/api/deployment.yaml'].each {
  assert new File(basedir, "deploy/$it").isFile() : "generate did not write $it"
}

// Build 2: the raw type is a warning, and -Werror made it fatal.
assert log.substring(canary) =~ /rawtypes|raw type/
assert log.contains('warnings found and -Werror specified')
return true
