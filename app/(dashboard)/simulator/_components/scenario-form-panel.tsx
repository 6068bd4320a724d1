'use client'

import type { ReactNode } from 'react'
import type { FormField, ScenarioForm } from '@/lib/domain/simulator/scenario-form'
import type { SimulatorReference } from '@/lib/domain/simulator/simulator-reference'
import type { StrategyName } from '@/lib/domain/simulator/types'
import { formatUsd } from '@/lib/format'
import type { FieldErrors } from './simulator-workbench'
import styles from './simulator.module.css'

const BUSINESS_HOURS = Array.from({ length: 24 }, (_, hour) => (hour >= 9 && hour < 18 ? 10 : 1)).join(',')

type Props = {
  form: ScenarioForm
  errors: FieldErrors
  reference: SimulatorReference
  measuredProfile?: number[]
  onChange: (form: ScenarioForm) => void
}

function Field({
  id,
  label,
  error,
  hint,
  children,
}: {
  id: string
  label: string
  error?: string
  hint?: string
  children: ReactNode
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && !error && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  )
}

export function ScenarioFormPanel({ form, errors, reference, measuredProfile, onChange }: Props) {
  const set = <K extends keyof ScenarioForm>(key: K, value: ScenarioForm[K]) => onChange({ ...form, [key]: value })
  const toggle = (strategy: StrategyName, on: boolean) =>
    onChange({ ...form, strategies: { ...form.strategies, [strategy]: on } })
  const region = reference.regions.find((entry) => entry.code === form.region)
  const unavailable = new Set(
    region?.unavailable.filter((entry) => entry.architecture === form.architecture).map((entry) => entry.strategy),
  )

  const number = (
    field: FormField,
    label: string,
    options: { hint?: string; disabled?: boolean; step?: string; optional?: boolean } = {},
  ) => {
    const id = `sim-${field}`
    const error = errors[field]
    return (
      <Field id={id} label={label} error={error} hint={options.hint}>
        <input
          id={id}
          type="number"
          inputMode="decimal"
          step={options.step ?? 'any'}
          min={0}
          value={form[field] as string}
          disabled={options.disabled}
          placeholder={options.optional ? 'optional' : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : options.hint ? `${id}-hint` : undefined}
          onChange={(event) => set(field, event.target.value)}
        />
      </Field>
    )
  }

  const profiles = [
    { value: '', label: 'Flat: the same every hour' },
    { value: BUSINESS_HOURS, label: 'Business hours: 09–18 UTC, 10× the night' },
    ...(measuredProfile
      ? [{ value: measuredProfile.join(','), label: 'Measured: the function’s own hours (UTC)' }]
      : []),
  ]
  const profileOptions = profiles.some((profile) => profile.value === form.hourlyProfile)
    ? profiles
    : [...profiles, { value: form.hourlyProfile, label: 'Custom (from the link)' }]

  const strategy = (key: StrategyName, title: string, children?: ReactNode) => (
    <fieldset className={styles.fieldset}>
      <legend>
        <label className={styles.toggle}>
          <input
            type="checkbox"
            checked={form.strategies[key]}
            onChange={(event) => toggle(key, event.target.checked)}
          />
          {title}
        </label>
      </legend>
      {unavailable.has(key) && form.strategies[key] && (
        <span className="hint">
          No {title.toLowerCase()} rates for {form.architecture} in {form.region} in the rate card.
        </span>
      )}
      {children && <div className={styles.fields}>{children}</div>}
    </fieldset>
  )

  return (
    <form
      className={`card ${styles.form}`}
      aria-labelledby="scenario-title"
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id="scenario-title">Workload</h2>
      <div className={styles.fields}>
        <Field id="sim-region" label="Region" error={errors.region}>
          <select id="sim-region" value={form.region} onChange={(event) => set('region', event.target.value)}>
            {!region && <option value={form.region}>{form.region} (not priced)</option>}
            {reference.regions.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="sim-architecture" label="Architecture" error={errors.architecture}>
          <select
            id="sim-architecture"
            value={form.architecture}
            onChange={(event) => set('architecture', event.target.value)}
          >
            {reference.architectures.map((architecture) => (
              <option key={architecture} value={architecture}>
                {architecture}
              </option>
            ))}
          </select>
        </Field>
        {number('memoryMb', 'Memory (MB)', { hint: '128 to 10,240', step: '1' })}
        {number('requestsPerDay', 'Requests per day')}
        {number('avgDurationMs', 'Average duration (ms)')}
        {number('p99DurationMs', 'p99 duration (ms)', { optional: true, hint: 'Sizes the peak' })}
        {number('initDurationMs', 'INIT duration (ms)', { hint: 'Billed on each cold start' })}
        {number('idleLifetimeMinutes', 'Idle lifetime (min)', { hint: 'AWS does not publish it: 5 to 15' })}
        {number('ephemeralStorageMb', 'Ephemeral storage (MB)', { step: '1' })}
        {number('peakConcurrency', 'Peak concurrency', { optional: true, step: '1', hint: 'Measured maximum' })}
        {number('days', 'Period (days)', { hint: '30 = a month' })}
        <div className={`field ${styles.wide}`}>
          <label htmlFor="sim-hourlyProfile">Traffic by hour of day</label>
          <select
            id="sim-hourlyProfile"
            value={form.hourlyProfile}
            onChange={(event) => set('hourlyProfile', event.target.value)}
            aria-invalid={errors.hourlyProfile ? true : undefined}
          >
            {profileOptions.map((profile) => (
              <option key={profile.label} value={profile.value}>
                {profile.label}
              </option>
            ))}
          </select>
          {errors.hourlyProfile && (
            <span className="error" role="alert">
              {errors.hourlyProfile}
            </span>
          )}
        </div>
        <label className={`${styles.toggle} ${styles.wide}`}>
          <input
            type="checkbox"
            checked={form.includeFreeTier}
            onChange={(event) => set('includeFreeTier', event.target.checked)}
          />
          Include the free tier (1M requests, 400,000 GB-s a month, as if this were the account’s only usage)
        </label>
      </div>

      <h2>Strategies</h2>
      {errors.strategies && (
        <span className="error" role="alert">
          {errors.strategies}
        </span>
      )}
      {strategy(
        'on_demand',
        'On-demand',
        <span className={`hint ${styles.wide}`}>Every request on demand; each cold start bills its INIT.</span>,
      )}
      {strategy(
        'keep_warm',
        'Keep-warm pings',
        <>
          {number('keepWarmIntervalMinutes', 'Ping every (min)', { disabled: !form.strategies.keep_warm })}
          {number('keepWarmPingDurationMs', 'Ping duration (ms)', { disabled: !form.strategies.keep_warm })}
          {number('keepWarmConcurrency', 'Environments kept warm', {
            disabled: !form.strategies.keep_warm,
            step: '1',
            hint: 'Concurrent pings per run',
          })}
        </>,
      )}
      {strategy(
        'provisioned_concurrency',
        'Provisioned concurrency',
        <>
          {number('provisionedConcurrency', 'Provisioned environments', {
            disabled: !form.strategies.provisioned_concurrency,
            step: '1',
          })}
          {number('provisionedHoursPerDay', 'Hours a day (h)', {
            disabled: !form.strategies.provisioned_concurrency,
            hint: 'On the busiest hours',
          })}
        </>,
      )}
      {strategy(
        'ec2',
        'EC2 instance',
        <>
          <Field id="sim-ec2InstanceType" label="Instance type" error={errors.ec2InstanceType}>
            <select
              id="sim-ec2InstanceType"
              value={form.ec2InstanceType}
              disabled={!form.strategies.ec2}
              onChange={(event) => set('ec2InstanceType', event.target.value)}
            >
              {!region?.ec2Instances.some((instance) => instance.instanceType === form.ec2InstanceType) && (
                <option value={form.ec2InstanceType}>{form.ec2InstanceType} (no price here)</option>
              )}
              {region?.ec2Instances.map((instance) => (
                <option key={instance.instanceType} value={instance.instanceType}>
                  {instance.instanceType}: {instance.vcpus} vCPU, {instance.memoryGib} GiB,{' '}
                  {formatUsd(instance.hourlyUsd, 4)}/h
                </option>
              ))}
            </select>
          </Field>
          {number('ec2HoursPerMonth', 'Hours a month (h)', { disabled: !form.strategies.ec2, hint: '730 = always on' })}
        </>,
      )}
    </form>
  )
}
