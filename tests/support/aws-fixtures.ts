// Where the AWS fixtures live (tests/fixtures/aws, whose README says where each file comes from), so that
// tests, benchmarks and specs read them from the clone whatever the working directory.
import path from 'node:path'

const AWS_FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'aws')

export function awsFixturePath(name: string): string {
  return path.join(AWS_FIXTURES, name)
}
