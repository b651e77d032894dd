// The package's version, as `--version` prints it: taken from package.json when the bundle is built, so the
// installed tool needs no file beside it at run time.
import pkg from '../../package.json' with { type: 'json' }

export const VERSION: string = pkg.version
