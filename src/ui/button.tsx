import type { ButtonHTMLAttributes } from 'react'

type ButtonVariant = 'default' | 'primary' | 'danger' | 'ghost'

export function Button({
  variant = 'default',
  type = 'button',
  className,
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant }) {
  return (
    <button
      {...props}
      type={type}
      data-variant={variant}
      className={['button', className].filter(Boolean).join(' ')}
    />
  )
}
