// A definition with errors fails the build, logs every diagnostic on its own line, writes nothing.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] IMAGE-UNPINNED broken\/web\/image: image 'nginx:latest' uses the 'latest' tag.* — hint: /
assert log =~ /\[ERROR\] PROD-SINGLE-REPLICA broken@prod\/web\/replicas: /
assert log =~ /errors? — nothing was written/
assert !new File(basedir, 'deploy').exists() : 'something was written despite errors'
return true
