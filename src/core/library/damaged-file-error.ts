// A library file that was read but is not what Factdesk wrote (not JSON, cut short, the wrong shape). Told
// apart from a file that could not be read at all (permissions, a disk error) or one written by a newer
// Factdesk: only a damaged file is moved aside and replaced by its last good copy.
import { FactdeskError } from '../errors';

export class DamagedFileError extends FactdeskError {
  constructor(message: string) {
    super('io', message);
    this.name = 'DamagedFileError';
  }
}
