import type { Ec2InstanceSpec } from '../pricing/rate-card-types'
import { cheapestInstanceFitting, ec2Offers } from '../pricing/rate-catalog'

/** Lambda gives a function one vCPU per 1,769 MB (aws-facts §4.2); the same work on EC2 needs that much CPU. */
const MB_PER_VCPU = 1769

export type Ec2Requirement = Pick<Ec2InstanceSpec, 'vcpus' | 'memoryGib'>

/** What one instance needs to serve `peak` concurrent requests as Lambda does: each its memory and its share of CPU. */
export function ec2Requirement(peak: number, memoryMb: number): Ec2Requirement {
  return { vcpus: (peak * memoryMb) / MB_PER_VCPU, memoryGib: (peak * memoryMb) / 1024 }
}

/**
 * The instance a measured function's scenario opens with: the cheapest in its region that carries the peak, else
 * the largest (which the simulator then marks not viable, saying by how much it falls short); null without offers.
 */
export function smallestFittingInstance(region: string, requirement: Ec2Requirement): string | null {
  const fitting = cheapestInstanceFitting(region, requirement)
  if (fitting !== null) return fitting
  const largest = ec2Offers(region).sort((x, y) => y.vcpus - x.vcpus || y.memoryGib - x.memoryGib)[0]
  return largest?.instanceType ?? null
}
