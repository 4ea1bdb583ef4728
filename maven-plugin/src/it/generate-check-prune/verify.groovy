// Runs after the five builds of invoker.properties; build.log holds all of them, in order.
def deploy = new File(basedir, 'deploy')
def log = new File(basedir, 'build.log').text

def expected = ['dev/Kustomization', 'dev/_cluster/demo/namespace.yaml',
                'dev/demo/web/deployment.yaml', 'dev/demo/web/service.yaml',
                'prod/demo/web/deployment.yaml', 'prod/demo/web/poddisruptionbudget.yaml',
                'prod/demo/Kustomization', '.shipshape-index']
expected.each { assert new File(deploy, it).isFile() : "generate did not write $it" }

def summaries = log.readLines().findAll { it.contains('shipshape generate: 1 stack') }
assert summaries.size() == 4 : "expected four generate summaries (build 3 runs generate before check; build 4 skips it):\n" + summaries.join('\n')
assert summaries[0] =~ /\d+ objects, (\d+) written, 0 unchanged, 0 pruned/
assert summaries[1] =~ /0 written, \d+ unchanged, 0 pruned/ : "the second run changed files: " + summaries[1]
assert log.contains('shipshape check: 1 stack') && log =~ /files up to date/ : 'check did not pass after generate'

// The hand edit: check lists the file, shows the diff and the command that fixes it.
assert log.contains('changed prod/demo/web/deployment.yaml')
assert log.contains('-  replicas: 5') && log.contains('+  replicas: 3') : 'the diff is missing'
assert log.contains('regenerate with: mvn shipshape:generate@default')

// Pruning: worker files were owned and are gone; the foreign README is untouched.
assert summaries[2] =~ /0 written/
assert summaries[3] =~ /[1-9]\d* written, \d+ unchanged, [1-9]\d* pruned/ : summaries[3]
assert !new File(deploy, 'prod/demo/worker/deployment.yaml').exists() : 'stale owned file not pruned'
assert !new File(deploy, 'prod/demo/worker').exists() : 'empty directory left behind'
assert new File(deploy, 'README.md').text.startsWith('Hand-written notes') : 'foreign file touched'
assert !new File(deploy, '.shipshape-index').text.contains('worker')
assert new File(deploy, 'prod/demo/web/deployment.yaml').text.contains('replicas: 3') : 'hand edit not repaired'
return true
