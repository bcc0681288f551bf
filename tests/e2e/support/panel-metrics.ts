import type { Page } from '@playwright/test'

/** What an agent sees of the panel without scrolling, measured in the page (also used by bench/panel-rows.ts). */
export interface PanelMetrics {
  /** Attribute rows whose whole box is inside the viewport. */
  rowsVisible: number
  /** The tallest row among those whose value is one line. */
  singleLineRowMax: number
  /** The conversation title and the selected participant share one line. */
  headerOneLine: boolean
  horizontalScroll: boolean
  /** The selected participant tab is whole: inside its strip's visible part, and its label not cut off. */
  selectedTabWhole: boolean
  /** The filter field's width, and whether its placeholder fits in it (measured in the field's own font). */
  filterWidth: number
  filterPlaceholderFits: boolean
}

export async function measurePanel(page: Page): Promise<PanelMetrics> {
  return page.evaluate(() => {
    const grid = document.querySelector('[role="grid"]')
    const rows = [...(grid?.querySelectorAll<HTMLElement>('[role="row"][data-index]') ?? [])]
    const inView = rows.filter((row) => {
      const box = row.getBoundingClientRect()
      return box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight
    })
    // A row whose value is drawn on one line (its text fits the cell) and that has nothing under it.
    const singleLine = rows.filter((row) => {
      const editor = row.querySelector('textarea')
      const lineHeight = editor ? parseFloat(getComputedStyle(editor).lineHeight) : 20
      const oneLine = editor ? editor.scrollHeight <= lineHeight * 1.5 + 10 : true
      return oneLine && row.dataset.status === 'unchanged' && !row.querySelector('.attr-note, .attr-json')
    })
    const title = document.querySelector('.workspace__title, .conversation-picker')?.getBoundingClientRect()
    const tab = document.querySelector('[role="tab"][aria-selected="true"]')?.getBoundingClientRect()
    return {
      rowsVisible: inView.length,
      singleLineRowMax: Math.max(0, ...singleLine.map((row) => row.getBoundingClientRect().height)),
      headerOneLine:
        title !== undefined &&
        tab !== undefined &&
        Math.abs(title.top + title.height / 2 - (tab.top + tab.height / 2)) < 8,
      horizontalScroll: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      selectedTabWhole: (() => {
        const selected = document.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')
        const strip = selected?.closest<HTMLElement>('[role="tablist"]')
        const label = selected?.querySelector<HTMLElement>('.participant-tab__label')
        if (!selected || !strip || !label || !tab) return false
        const visible = strip.getBoundingClientRect()
        return (
          tab.left >= visible.left - 0.5 &&
          tab.right <= visible.right + 0.5 &&
          label.scrollWidth <= label.clientWidth + 1
        )
      })(),
      ...(() => {
        const filter = document.querySelector<HTMLInputElement>('input[type="search"][aria-keyshortcuts="/"]')
        if (!filter) return { filterWidth: 0, filterPlaceholderFits: false }
        const style = getComputedStyle(filter)
        const context = document.createElement('canvas').getContext('2d')
        if (!context) return { filterWidth: filter.clientWidth, filterPlaceholderFits: false }
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
        const room = filter.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
        return {
          filterWidth: filter.getBoundingClientRect().width,
          filterPlaceholderFits: context.measureText(filter.placeholder).width <= room,
        }
      })(),
    }
  })
}
