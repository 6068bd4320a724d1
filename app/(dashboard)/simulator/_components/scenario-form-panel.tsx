'use client'

import { useTranslations } from 'next-intl'
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
  const t = useTranslations('simulator.form')
  const names = useTranslations('simulator.strategies')
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
          placeholder={options.optional ? t('optional') : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : options.hint ? `${id}-hint` : undefined}
          onChange={(event) => set(field, event.target.value)}
        />
      </Field>
    )
  }

  const profiles = [
    { value: '', label: t('flat') },
    { value: BUSINESS_HOURS, label: t('businessHours') },
    ...(measuredProfile ? [{ value: measuredProfile.join(','), label: t('measuredProfile') }] : []),
  ]
  const profileOptions = profiles.some((profile) => profile.value === form.hourlyProfile)
    ? profiles
    : [...profiles, { value: form.hourlyProfile, label: t('customProfile') }]

  const strategy = (key: StrategyName, children?: ReactNode) => (
    <fieldset className={styles.fieldset}>
      <legend>
        <label className={styles.toggle}>
          <input
            type="checkbox"
            checked={form.strategies[key]}
            onChange={(event) => toggle(key, event.target.checked)}
          />
          {names(key)}
        </label>
      </legend>
      {unavailable.has(key) && form.strategies[key] && (
        <span className="hint">
          {t('noRates', { strategy: names(key), architecture: form.architecture, region: form.region })}
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
      <h2 id="scenario-title">{t('title')}</h2>
      <div className={styles.fields}>
        <Field id="sim-region" label={t('region')} error={errors.region}>
          <select id="sim-region" value={form.region} onChange={(event) => set('region', event.target.value)}>
            {!region && <option value={form.region}>{t('notPriced', { region: form.region })}</option>}
            {reference.regions.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="sim-architecture" label={t('architecture')} error={errors.architecture}>
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
        {number('memoryMb', t('memoryMb'), { hint: t('memoryHint'), step: '1' })}
        {number('requestsPerDay', t('requestsPerDay'))}
        {number('avgDurationMs', t('avgDurationMs'))}
        {number('p99DurationMs', t('p99DurationMs'), { optional: true, hint: t('p99Hint') })}
        {number('initDurationMs', t('initDurationMs'), { hint: t('initHint') })}
        {number('idleLifetimeMinutes', t('idleLifetimeMinutes'), { hint: t('idleHint') })}
        {number('ephemeralStorageMb', t('ephemeralStorageMb'), { step: '1' })}
        {number('peakConcurrency', t('peakConcurrency'), { optional: true, step: '1', hint: t('peakHint') })}
        {number('days', t('days'), { hint: t('daysHint') })}
        <div className={`field ${styles.wide}`}>
          <label htmlFor="sim-hourlyProfile">{t('hourlyProfile')}</label>
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
          {t('freeTier')}
        </label>
      </div>

      <h2>{t('strategies')}</h2>
      {errors.strategies && (
        <span className="error" role="alert">
          {errors.strategies}
        </span>
      )}
      {strategy('on_demand', <span className={`hint ${styles.wide}`}>{t('onDemandHint')}</span>)}
      {strategy(
        'keep_warm',
        <>
          {number('keepWarmIntervalMinutes', t('keepWarmIntervalMinutes'), { disabled: !form.strategies.keep_warm })}
          {number('keepWarmPingDurationMs', t('keepWarmPingDurationMs'), { disabled: !form.strategies.keep_warm })}
          {number('keepWarmConcurrency', t('keepWarmConcurrency'), {
            disabled: !form.strategies.keep_warm,
            step: '1',
            hint: t('keepWarmConcurrencyHint'),
          })}
        </>,
      )}
      {strategy(
        'provisioned_concurrency',
        <>
          {number('provisionedConcurrency', t('provisionedConcurrency'), {
            disabled: !form.strategies.provisioned_concurrency,
            step: '1',
          })}
          {number('provisionedHoursPerDay', t('provisionedHoursPerDay'), {
            disabled: !form.strategies.provisioned_concurrency,
            hint: t('provisionedHoursHint'),
          })}
        </>,
      )}
      {strategy(
        'ec2',
        <>
          <Field id="sim-ec2InstanceType" label={t('ec2InstanceType')} error={errors.ec2InstanceType}>
            <select
              id="sim-ec2InstanceType"
              value={form.ec2InstanceType}
              disabled={!form.strategies.ec2}
              onChange={(event) => set('ec2InstanceType', event.target.value)}
            >
              {!region?.ec2Instances.some((instance) => instance.instanceType === form.ec2InstanceType) && (
                <option value={form.ec2InstanceType}>{t('noPriceHere', { instanceType: form.ec2InstanceType })}</option>
              )}
              {region?.ec2Instances.map((instance) => (
                <option key={instance.instanceType} value={instance.instanceType}>
                  {t('instanceOption', {
                    instanceType: instance.instanceType,
                    vcpus: instance.vcpus,
                    memoryGib: instance.memoryGib,
                    price: formatUsd(instance.hourlyUsd, 4),
                  })}
                </option>
              ))}
            </select>
          </Field>
          {number('ec2HoursPerMonth', t('ec2HoursPerMonth'), {
            disabled: !form.strategies.ec2,
            hint: t('ec2HoursHint'),
          })}
        </>,
      )}
    </form>
  )
}
