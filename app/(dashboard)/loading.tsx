import { LoadingBlock } from '@/components/ui/states'

export default function Loading() {
  return (
    <div className="grid">
      <LoadingBlock height={48} label="Loading page" />
      <LoadingBlock height={320} label="Loading content" />
    </div>
  )
}
