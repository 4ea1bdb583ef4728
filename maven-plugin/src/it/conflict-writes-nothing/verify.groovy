// The output directory cannot take the rendering: the build fails with the conflict and its fix,
// and nothing is written (no dev/, no index, no staging left).
def log = new File(basedir, 'build.log').text
def deploy = new File(basedir, 'deploy')
assert log.contains('[ERROR] conflict prod is a file, where Shipshape must create a folder — move the file away or rename it')
assert log =~ /shipshape generate could not write the output directory .*deploy \(exit code 3 in the CLI\)/
assert log.contains('nothing was written')
assert new File(deploy, 'prod').isFile() : 'the user file was touched'
assert !new File(deploy, 'dev').exists() : 'something was written despite the conflict'
assert !new File(deploy, '.shipshape-index').exists() : 'the index was written despite the conflict'
assert !new File(deploy, '.shipshape/staging').exists() : 'the staging area was left behind'
return true
