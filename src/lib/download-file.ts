/**
 * Saves text as a file through the browser's download: an object URL on a temporary link. The click hands the
 * Blob to the browser, so the URL is not needed after this task.
 */
export function downloadFile(content: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
