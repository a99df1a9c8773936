function withTax(amount, rate) {
  if (rate < 0) {
    throw new Error('negative rate')
  }
  return amount + amount * rate
}

function label(amount) {
  return `$${amount.toFixed(2)}`
}

module.exports = { withTax, label }
