import { nameParts } from '../model/invisible-characters.ts'

/**
 * A name as text, with every invisible character (zero-width space, bidi control, …) written out as its code point
 * in a marked span: "Customer⟨U+200B⟩Name" cannot pass for "CustomerName", and a bidi override cannot reorder it.
 */
export function AttributeName({ name }: { name: string }) {
  const parts = nameParts(name)
  if (parts.every((part) => !part.invisible)) return <bdi>{name}</bdi>
  return (
    <bdi>
      {parts.map((part, index) =>
        part.invisible ? (
          <span key={index} className="attr-invisible">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </bdi>
  )
}
